#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariantList>

class QIODevice;

// Reads a full backup (docs/backup-format.md) as a stream and hands each table and row to a
// Sink as it goes: the file is never held in memory. Checks the format name and version
// first, and refuses a newer version by its number before any table is read.
class BackupReader
{
    Q_DECLARE_TR_FUNCTIONS(BackupReader)

public:
    struct Header
    {
        int version = 0;
        int schemaVersion = 0;
        QString application;
        QString exportedAt;
    };
    // Receives what is read; returning false stops the reading (with the sink's message).
    class Sink
    {
    public:
        virtual ~Sink() = default;
        virtual bool header(const Header &header, QString *error) = 0;
        virtual bool beginTable(const QString &name, const QStringList &columns, QString *error)
            = 0;
        // VALUES: null, qint64, double, QString or QByteArray, one per column.
        virtual bool row(const QVariantList &values, QString *error) = 0;
        virtual bool endTable(QString *error) = 0;
        // Called every few hundred rows with the bytes read so far; false cancels.
        virtual bool progress(qint64) { return true; }
    };

    static constexpr int MaxColumns = 200;

    // Reads DEVICE to its end. False with *ERROR ("line 3, column 7: ..." for a malformed
    // file, or the sink's message).
    static bool read(QIODevice *device, Sink *sink, QString *error);
    // Reads only the header (format, version, schema version); stops at "tables".
    static bool readHeader(QIODevice *device, Header *header, QString *error);
};
