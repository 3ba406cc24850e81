"""OmniSync Companion: keeps Genesys Cloud and Salesforce Omni-Channel statuses in sync."""

__version__ = "0.1.0"
