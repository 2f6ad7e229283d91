"""Accounts: registration, login sessions and tokens (auth.py), whole-account operations (users.py), the candidate's
profile (profile.py) and outgoing mail (mail.py).
"""
