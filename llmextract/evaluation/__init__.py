"""The eval harness: gold -> scoring -> report -> gate.

``matching`` pairs predicted items with gold items one to one; ``scoring`` turns one article's
pairs into counts and findings; ``metrics`` aggregates counts over articles (micro, macro,
bootstrap intervals, paired comparison of two runs); ``tasks`` and ``isaf`` pair a dataset with
its scorer; ``runs`` extracts and stores runs; ``reports`` renders; ``gate`` compares a result
with a committed baseline. Scoring is pure and never imports a backend; I/O lives in ``runs``,
``tasks`` (loading), ``gate`` (baseline files) and the CLI.
"""
