"""Language layers. Each language keeps its resources apart from the pipeline logic."""
