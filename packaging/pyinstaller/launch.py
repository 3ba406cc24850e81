"""The frozen build's entry script: the same ``omnisync`` command as the installed package."""

from omnisync.__main__ import main

raise SystemExit(main())
