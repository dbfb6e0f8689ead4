"""``python -m loyalty_pos`` and the installer's entry script.

PyInstaller runs its entry script as ``__main__`` outside the package, so the script
must import the app absolutely; ``app.py`` itself uses relative imports.
"""

import sys

from loyalty_pos.app import main

if __name__ == "__main__":
    sys.exit(main())
