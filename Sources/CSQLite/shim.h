// SQLite (Debian libsqlite3-dev): the in-memory search index and SQL views of the workspace.
#include <sqlite3.h>
