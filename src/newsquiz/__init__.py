"""newsquiz: learn current affairs from news articles with spaced repetition.

Only the version lives here, so that `import newsquiz` stays instant for every command.
"""

__version__ = "0.1.0"
