"""The pure sync engine: model, rules, profiles and their validation.

Standard library only, no I/O, no clock reads: everything comes in as arguments so that the
rules can be tested event by event and reused by any front end.
"""
