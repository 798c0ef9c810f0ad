"""One module per screen; modals live together in `modals`."""
