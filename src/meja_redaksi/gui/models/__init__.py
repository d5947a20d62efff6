"""Qt item models of the desktop window."""
