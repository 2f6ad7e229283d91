"""Retrieval: embeddings (embedder.py), Chroma collections and searches (rag.py), keeping them in step with the user's
data (indexing.py), and chunking (chunking.py).
"""
