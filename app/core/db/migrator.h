#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// Applies the numbered SQL files of db/migrations (embedded under :/migrations) in order.
// Each file runs in one transaction together with the PRAGMA user_version bump, so a failing
// file leaves the database at the previous version.
class Migrator
{
public:
    struct Migration
    {
        int version = 0;
        QString fileName;
        QString sql;
    };

    explicit Migrator(QSqlDatabase db, const QString &resourceDir = QStringLiteral(":/migrations"));

    // The migrations found, ordered by version. Empty (and error() set) when the set is
    // inconsistent: a gap in the numbering, a duplicate number or an unreadable file.
    QList<Migration> migrations() const;
    int latestVersion() const;

    int currentVersion() const;
    // Migrates to latestVersion(). On failure returns false; error() names file and statement.
    bool migrate(quint32 applicationId, int upTo = -1);
    // The tables a file at schema VERSION has (from the migrations, on an in-memory copy).
    QStringList tablesAt(int version) const;
    QString error() const { return m_error; }

    // Splits a SQL script into single statements (QSqlQuery runs one at a time). Knows about
    // quotes, comments and CREATE TRIGGER ... BEGIN ... END bodies.
    static QStringList splitStatements(const QString &script);

private:
    QSqlDatabase m_db;
    QString m_dir;
    mutable QString m_error;
};
