"""Adapters for external services (LiveKit, Cartesia, web search), each usable directly and as a LangChain tool.
"""
