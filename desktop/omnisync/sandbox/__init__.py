"""Local fakes of both clouds over real sockets, with a control API, for the demo and tests."""
