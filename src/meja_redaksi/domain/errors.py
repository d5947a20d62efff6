"""Error classes: ``UserError`` is something the user can act on; anything else is a bug."""


class MejaError(Exception):
    """Base of every error the application raises on purpose."""


class UserError(MejaError):
    """A problem the user can act on (bad input, forbidden action, locked store, full disk).

    Its message is shown to the user as it is: one line, no traceback.
    """


class ValidationError(UserError):
    """A value does not satisfy the rules of an entity."""


class NotFoundError(UserError):
    """An id names nothing in the store."""


class ConflictError(UserError):
    """The item changed since the revision the caller based its change on."""
