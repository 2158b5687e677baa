"""Pipeline stages. Each takes the Document (and the knowledge base) and adds to it."""
