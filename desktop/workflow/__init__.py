"""Case workflow rules, independent of any screen."""
