#include "backupreader.h"

#include "backupformat.h"
#include "jsonpullreader.h"

#include <QSet>

using namespace Qt::StringLiterals;
using Token = JsonPullReader::Token;

namespace {

class Reader
{
public:
    Reader(QIODevice *device, BackupReader::Sink *sink, bool headerOnly)
        : m_json(device)
        , m_sink(sink)
        , m_headerOnly(headerOnly)
    { }

    bool run(QString *error)
    {
        const bool ok = document();
        if (!ok && error)
            *error = m_sinkError.isEmpty() ? BackupReader::tr("line %1, column %2: %3")
                                                 .arg(m_json.line())
                                                 .arg(m_json.column())
                                                 .arg(m_json.errorString())
                                           : m_sinkError;
        return ok;
    }
    BackupReader::Header header;

private:
    bool failed(const QString &message)
    {
        m_json.fail(message);
        return false;
    }
    bool sinkFailed(const QString &message)
    {
        m_sinkError = message;
        return false;
    }
    bool integer(Token t, int *out)
    {
        bool ok = false;
        const int v = m_json.numberText().toInt(&ok);
        if (t != Token::Number || !ok)
            return failed(BackupReader::tr("a whole number was expected"));
        *out = v;
        return true;
    }

    bool document()
    {
        if (m_json.next() != Token::BeginObject)
            return failed(BackupReader::tr("a backup is one JSON object"));
        bool sawFormat = false, sawVersion = false, sawSchema = false, sawTables = false;
        for (Token t = m_json.next(); t != Token::EndObject; t = m_json.next()) {
            if (t != Token::Name)
                return false;
            const QString name = m_json.text();
            t = m_json.next();
            if (name == "format"_L1) {
                if (t != Token::String || m_json.text() != BackupFormat::Format)
                    return failed(BackupReader::tr("this is not a Career Workbench backup"));
                sawFormat = true;
            } else if (name == "version"_L1) {
                if (!integer(t, &header.version))
                    return false;
                if (header.version > BackupFormat::Version || header.version < 1)
                    return sinkFailed(
                        BackupReader::tr("This backup has format version %1; this Career "
                                         "Workbench reads versions up to %2. Open it with a "
                                         "newer Career Workbench.")
                            .arg(header.version)
                            .arg(BackupFormat::Version));
                sawVersion = true;
            } else if (name == "schemaVersion"_L1) {
                if (!integer(t, &header.schemaVersion))
                    return false;
                sawSchema = true;
            } else if (name == "application"_L1 || name == "exportedAt"_L1) {
                if (t != Token::String)
                    return failed(BackupReader::tr("a text was expected"));
                (name == "application"_L1 ? header.application : header.exportedAt) = m_json.text();
            } else if (name == "tables"_L1) {
                if (!sawFormat || !sawVersion || !sawSchema)
                    return failed(BackupReader::tr("\"format\", \"version\" and "
                                                   "\"schemaVersion\" must come before the "
                                                   "tables"));
                QString error;
                if (!m_sink->header(header, &error))
                    return sinkFailed(error);
                if (m_headerOnly)
                    return true;
                if (!tables(t))
                    return false;
                sawTables = true;
            } else if (!m_json.skipValue(t)) {
                return false;
            }
        }
        if (!sawTables)
            return failed(BackupReader::tr("the backup has no tables"));
        return m_json.next() == Token::End;
    }

    bool tables(Token t)
    {
        if (t != Token::BeginArray)
            return failed(BackupReader::tr("\"tables\" must be a list"));
        for (t = m_json.next(); t != Token::EndArray; t = m_json.next()) {
            if (t != Token::BeginObject)
                return failed(BackupReader::tr("a table was expected"));
            if (!table())
                return false;
        }
        return true;
    }

    bool table()
    {
        QString name;
        QStringList columns;
        bool begun = false;
        QSet<QString> seen;
        for (Token t = m_json.next(); t != Token::EndObject; t = m_json.next()) {
            if (t != Token::Name)
                return false;
            const QString key = m_json.text();
            // A key given twice would hand the same table over twice, or rename it under
            // its rows (the fuzzer found a second "rows"): refuse it, saying which.
            if ((key == "name"_L1 || key == "columns"_L1 || key == "rows"_L1) && seen.contains(key))
                return failed(BackupReader::tr("a table gives \"%1\" twice").arg(key));
            seen.insert(key);
            t = m_json.next();
            if (key == "name"_L1) {
                if (t != Token::String || m_json.text().isEmpty())
                    return failed(BackupReader::tr("a table needs a name"));
                name = m_json.text();
            } else if (key == "columns"_L1) {
                if (t != Token::BeginArray)
                    return failed(BackupReader::tr("\"columns\" must be a list of names"));
                for (t = m_json.next(); t != Token::EndArray; t = m_json.next()) {
                    if (t != Token::String || columns.size() >= BackupReader::MaxColumns)
                        return failed(BackupReader::tr("\"columns\" must be a list of names"));
                    columns << m_json.text();
                }
            } else if (key == "rows"_L1) {
                if (name.isEmpty() || columns.isEmpty())
                    return failed(BackupReader::tr("a table's name and columns must come "
                                                   "before its rows"));
                QString error;
                if (!m_sink->beginTable(name, columns, &error))
                    return sinkFailed(error);
                begun = true;
                if (!m_sink->progress(m_json.position()))
                    return sinkFailed(BackupReader::tr("Cancelled."));
                if (!rows(t, columns.size()))
                    return false;
            } else if (!m_json.skipValue(t)) {
                return false;
            }
        }
        if (!begun)
            return failed(BackupReader::tr("a table needs \"name\", \"columns\" and \"rows\""));
        QString error;
        return m_sink->endTable(&error) || sinkFailed(error);
    }

    bool rows(Token t, qsizetype columns)
    {
        if (t != Token::BeginArray)
            return failed(BackupReader::tr("\"rows\" must be a list"));
        QVariantList values;
        values.reserve(columns);
        int count = 0;
        for (t = m_json.next(); t != Token::EndArray; t = m_json.next()) {
            if (t != Token::BeginArray)
                return failed(BackupReader::tr("a row must be a list of values"));
            values.clear();
            for (t = m_json.next(); t != Token::EndArray; t = m_json.next()) {
                if (values.size() >= columns)
                    return failed(BackupReader::tr("a row has more values than columns"));
                QVariant v;
                if (!value(t, &v))
                    return false;
                values << v;
            }
            if (values.size() != columns)
                return failed(BackupReader::tr("a row has %1 values for %2 columns")
                                  .arg(values.size())
                                  .arg(columns));
            QString error;
            if (!m_sink->row(values, &error))
                return sinkFailed(error);
            if (++count % 500 == 0 && !m_sink->progress(m_json.position()))
                return sinkFailed(BackupReader::tr("Cancelled."));
        }
        return true;
    }

    bool value(Token t, QVariant *out)
    {
        switch (t) {
        case Token::Null:
            *out = QVariant();
            return true;
        case Token::String:
            *out = m_json.text();
            return true;
        case Token::Number: {
            const QByteArray n = m_json.numberText();
            bool ok = false;
            if (n.contains('.') || n.contains('e') || n.contains('E'))
                *out = n.toDouble(&ok);
            else
                *out = n.toLongLong(&ok);
            return ok
                || failed(BackupReader::tr("\"%1\" is out of range").arg(QString::fromLatin1(n)));
        }
        case Token::BeginObject: {
            // {"base64": "..."}: bytes
            if (m_json.next() != Token::Name || m_json.text() != "base64"_L1
                || m_json.next() != Token::String)
                return failed(BackupReader::tr("bytes are written as {\"base64\": \"...\"}"));
            const auto decoded = QByteArray::fromBase64Encoding(
                m_json.text().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded)
                return failed(BackupReader::tr("the bytes are not valid base64"));
            *out = *decoded;
            return m_json.next() == Token::EndObject
                || failed(BackupReader::tr("bytes are written as {\"base64\": \"...\"}"));
        }
        case Token::Error:
            return false;
        default:
            return failed(BackupReader::tr("a value (text, number, null or bytes) was expected"));
        }
    }

    JsonPullReader m_json;
    BackupReader::Sink *m_sink;
    bool m_headerOnly;
    QString m_sinkError;
};

class HeaderSink : public BackupReader::Sink
{
public:
    bool header(const BackupReader::Header &, QString *) override { return true; }
    bool beginTable(const QString &, const QStringList &, QString *) override { return true; }
    bool row(const QVariantList &, QString *) override { return true; }
    bool endTable(QString *) override { return true; }
};

} // namespace

bool BackupReader::read(QIODevice *device, Sink *sink, QString *error)
{
    return Reader(device, sink, false).run(error);
}

bool BackupReader::readHeader(QIODevice *device, Header *header, QString *error)
{
    HeaderSink sink;
    Reader reader(device, &sink, true);
    const bool ok = reader.run(error);
    *header = reader.header;
    return ok;
}
