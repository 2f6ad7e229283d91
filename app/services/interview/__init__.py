"""The interview engine: a LangGraph state machine (state.py, nodes.py, graph.py), the plan of questions (plan.py)
and the resume claims it probes (claims.py), the rules applied to every answer (policy.py), the offline
interviewer's templates (offline.py) and the service the API calls (service.py). Prompts live with every other
prompt in app/services/llm/prompts.py.
"""
