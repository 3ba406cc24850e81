"""Salesforce client: REST, CometD streaming and the console link, emitting core observations."""
