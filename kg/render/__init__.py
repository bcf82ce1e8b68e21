"""HTML views of the graph (pyvis), working offline."""
