"""newswh: raw Vietnamese news articles -> a star-schema warehouse in DuckDB.

Data flows one way: sources -> decode -> normalise -> check -> load -> report.
`flows.pipeline` wires the stages as a Prefect flow; every stage is plain functions over polars frames.
"""
