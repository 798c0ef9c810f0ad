"""The Textual app: screens turn keys into store and core calls and render what comes back."""
