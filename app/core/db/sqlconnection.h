#pragma once

#include <QSqlDatabase>
#include <QString>

// Opens named QSqlDatabase connections to a workbench file with the app's pragmas.
class SqlConnection
{
public:
    enum Mode {
        ReadWrite, // the document connection: pragmas below, may create the file; the journal
                   // mode is left as the file has it until enableWal()
        ReadOnly, // a reader (worker threads, reports): same pragmas, no writes
        Immutable // inspection before opening: no locks, no -wal/-shm files, no writes
    };

    // Opens a new connection with a unique name. On failure returns an invalid
    // QSqlDatabase (already removed) and sets *error.
    static QSqlDatabase open(const QString &path, Mode mode, QString *error);
    static void close(const QString &connectionName);
    static QString uniqueName(const QString &prefix);

    // Runs the per-connection pragmas (see the .cpp for the journal choice).
    static bool applyPragmas(QSqlDatabase &db, Mode mode, QString *error);
    // Switches the document connection's file to write-ahead logging (persistent in the
    // file's header: call it only on a file that has been accepted).
    static bool enableWal(QSqlDatabase &db, QString *error);
};

// Owns a connection for one scope and removes it afterwards.
class ScopedConnection
{
public:
    ScopedConnection(const QString &path, SqlConnection::Mode mode);
    ~ScopedConnection();
    ScopedConnection(const ScopedConnection &) = delete;
    ScopedConnection &operator=(const ScopedConnection &) = delete;

    bool isOpen() const { return m_db.isOpen(); }
    QSqlDatabase &db() { return m_db; }
    QString error() const { return m_error; }

private:
    QSqlDatabase m_db;
    QString m_name;
    QString m_error;
};
