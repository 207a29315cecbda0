"""``python -m graph`` runs the govgraph command line."""
from graph.cli import main

main()
