"""The interview engine: a LangGraph state machine (state.py, nodes.py, graph.py, prompts.py), the offline
interviewer it falls back on (offline.py), the interview plan (plan.py) and the service the API calls (service.py).
"""
