"""The optional app lock: a passphrase or PIN checked against an Argon2id verifier."""
