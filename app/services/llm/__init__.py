"""Models: the provider chain with fallbacks (gateway.py) and every prompt we send (prompts.py).
"""
