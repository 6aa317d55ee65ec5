"""A case turned into a court packet: ReportLab for our pages, pypdf for originals.

Nothing here touches the database: the facade (`evidence_app/library/cases.py`) gathers a plain
`PacketPlan` and hands it to `build.build_packet`.
"""
