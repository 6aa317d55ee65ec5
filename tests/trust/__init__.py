"""Trust checks shared by tests/core and the trust report (`python -m tests.trust.report`)."""
