"""Qt screens of a family's rights: export, consent withdrawal, erasure, retention."""
