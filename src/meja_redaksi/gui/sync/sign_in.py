"""The portal sign-in dialog: portal address, user name and password (the password is never kept).

The dialog asks for the sign-in with :attr:`SignInDialog.sign_in_requested` and stays open until the
controller calls :meth:`SignInDialog.accept` or shows why it failed with :meth:`show_error`, so a
wrong password costs the person nothing they typed.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget


class SignInDialog(QDialog):
    """Asks for the portal address, a user name and a password."""

    sign_in_requested = Signal(str, str, str)

    def __init__(self, portal_url: str, username: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sign in to the portal"))
        self.url_edit = QLineEdit(portal_url)
        self.user_edit = QLineEdit(username)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error_label = QLabel()
        self.error_label.setObjectName("signInError")
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)
        layout = QFormLayout(self)
        layout.addRow(self.tr("Portal address"), self.url_edit)
        layout.addRow(self.tr("User name"), self.user_edit)
        layout.addRow(self.tr("Password"), self.password_edit)
        layout.addRow(self.error_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        layout.addRow(self.buttons)
        (self.password_edit if username else self.user_edit).setFocus()

    def _check(self) -> None:
        if not self.url_edit.text().strip().startswith(("http://", "https://")):
            self.error_label.setText(
                self.tr("The portal address must start with http:// or https://")
            )
        elif not self.user_edit.text().strip() or not self.password_edit.text():
            self.error_label.setText(self.tr("Enter a user name and a password."))
        else:
            self.error_label.setText(self.tr("Signing in…"))
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            self.sign_in_requested.emit(*self.values())

    def show_error(self, text: str) -> None:
        """Show why the sign-in failed and let the person try again (what they typed stays)."""
        self.error_label.setText(text)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        self.password_edit.setFocus()
        self.password_edit.selectAll()

    def values(self) -> tuple[str, str, str]:
        """Portal address, user name and password as typed."""
        url = self.url_edit.text().strip().rstrip("/")
        return url, self.user_edit.text().strip(), self.password_edit.text()
