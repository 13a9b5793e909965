"""The HTTP layer: routes, request bodies and the error answers, over the services."""
