#include "backupexport.h"

#include "backupformat.h"

#include "cw_version.h"
#include "task/taskcontrol.h"

#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

constexpr int ProgressEvery = 2000; // rows

QString quoted(const QString &identifier)
{
    return u'"' + QString(identifier).replace(u'"', u"\"\""_s) + u'"';
}

// A JSON string: UTF-8, with quotes, backslashes and control characters escaped.
void appendString(QByteArray &out, const QString &text)
{
    out.append('"');
    const QByteArray utf8 = text.toUtf8();
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == '"' || c == '\\') {
            out.append('\\').append(char(c));
        } else if (c < 0x20) {
            static const char hex[] = "0123456789abcdef";
            out.append("\\u00").append(hex[c >> 4]).append(hex[c & 15]);
        } else {
            out.append(char(c));
        }
    }
    out.append('"');
}

void appendValue(QByteArray &out, const QVariant &v)
{
    if (v.isNull()) {
        out.append("null");
        return;
    }
    switch (v.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
    case QMetaType::UInt:
        out.append(QByteArray::number(v.toLongLong()));
        return;
    case QMetaType::Double: {
        const double d = v.toDouble();
        if (!std::isfinite(d)) {
            out.append("null");
            return;
        }
        QByteArray n = QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
        if (!n.contains('.') && !n.contains('e'))
            n.append(".0"); // a real stays a real
        out.append(n);
        return;
    }
    case QMetaType::QByteArray:
        out.append("{\"base64\":\"").append(v.toByteArray().toBase64()).append("\"}");
        return;
    default:
        appendString(out, v.toString());
    }
}

struct Table
{
    QString name;
    QStringList columns;
    QString order; // ORDER BY clause
};

} // namespace

WriteResult BackupExport::exportTo(QSqlDatabase db, const QString &path,
                                   const QDateTime &exportedAt, TaskControl *control)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return WriteResult::failure(
            tr("%1 cannot be written: %2").arg(QFileInfo(path).fileName(), file.errorString()));
    const WriteResult r = write(db, &file, exportedAt, control);
    if (!r) {
        file.cancelWriting();
        return r;
    }
    if (!file.commit())
        return WriteResult::failure(
            tr("%1 cannot be written: %2").arg(QFileInfo(path).fileName(), file.errorString()));
    return r;
}

WriteResult BackupExport::write(QSqlDatabase db, QIODevice *out, const QDateTime &exportedAt,
                                TaskControl *control)
{
    // One read transaction: every table from the same state of the file.
    if (!db.transaction())
        return WriteResult::failure(
            tr("The workbench cannot be read: %1").arg(db.lastError().text()));
    struct Rollback
    {
        QSqlDatabase db;
        ~Rollback() { db.rollback(); }
    } rollback {db};
    auto readFailed = [](const QSqlQuery &q) {
        return WriteResult::failure(
            tr("The workbench cannot be read: %1").arg(q.lastError().text()));
    };

    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
        return readFailed(q);
    const int schemaVersion = q.value(0).toInt();
    QList<Table> tables;
    if (!q.exec(u"SELECT name, sql FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"_s))
        return readFailed(q);
    while (q.next())
        tables.append({q.value(0).toString(),
                       {},
                       q.value(1).toString().contains(u"WITHOUT ROWID"_s, Qt::CaseInsensitive)
                           ? QString()
                           : u"rowid"_s});
    qint64 total = 0;
    for (Table &t : tables) {
        QSqlQuery info(db);
        if (!info.exec(u"PRAGMA table_info(%1)"_s.arg(quoted(t.name))))
            return readFailed(info);
        QMap<int, QString> keys;
        while (info.next()) {
            t.columns << info.value(1).toString();
            if (info.value(5).toInt() > 0)
                keys.insert(info.value(5).toInt(), quoted(info.value(1).toString()));
        }
        if (t.order.isEmpty())
            t.order = QStringList(keys.values()).join(u", "_s);
        if (!info.exec(u"SELECT count(*) FROM %1"_s.arg(quoted(t.name))) || !info.next())
            return readFailed(info);
        total += info.value(0).toLongLong();
    }

    QByteArray chunk;
    chunk.append("{\n\"format\": ");
    appendString(chunk, BackupFormat::Format);
    chunk.append(",\n\"version\": ").append(QByteArray::number(BackupFormat::Version));
    chunk.append(",\n\"schemaVersion\": ").append(QByteArray::number(schemaVersion));
    chunk.append(",\n\"application\": ");
    appendString(chunk, u"Career Workbench "_s + QStringLiteral(CW_VERSION_STRING));
    chunk.append(",\n\"exportedAt\": ");
    appendString(chunk, exportedAt.toUTC().toString(Qt::ISODate));
    chunk.append(",\n\"tables\": [");
    qint64 done = 0;
    for (qsizetype ti = 0; ti < tables.size(); ++ti) {
        const Table &t = tables.at(ti);
        if (control && control->isCanceled())
            return WriteResult::failure(tr("Cancelled; no backup was written."));
        chunk.append(ti ? ",\n{\"name\": " : "\n{\"name\": ");
        appendString(chunk, t.name);
        chunk.append(", \"columns\": [");
        for (qsizetype c = 0; c < t.columns.size(); ++c) {
            if (c)
                chunk.append(", ");
            appendString(chunk, t.columns.at(c));
        }
        chunk.append("], \"rows\": [");
        QStringList columns;
        for (const QString &c : t.columns)
            columns << quoted(c);
        QSqlQuery rows(db);
        rows.setForwardOnly(true);
        if (!rows.exec(u"SELECT %1 FROM %2 ORDER BY %3"_s.arg(columns.join(u", "_s), quoted(t.name),
                                                              t.order)))
            return readFailed(rows);
        bool first = true;
        while (rows.next()) {
            chunk.append(first ? "\n[" : ",\n[");
            first = false;
            for (int c = 0; c < t.columns.size(); ++c) {
                if (c)
                    chunk.append(", ");
                appendValue(chunk, rows.value(c));
            }
            chunk.append(']');
            if (++done % ProgressEvery == 0) {
                if (control) {
                    if (control->isCanceled())
                        return WriteResult::failure(tr("Cancelled; no backup was written."));
                    control->setProgress(int(done * 1000 / qMax<qint64>(total, 1)), 1000,
                                         tr("Writing %1").arg(t.name));
                }
            }
            if (chunk.size() > 256 * 1024) {
                if (out->write(chunk) != chunk.size())
                    return WriteResult::failure(out->errorString());
                chunk.clear();
            }
        }
        if (rows.lastError().isValid())
            return readFailed(rows);
        chunk.append(first ? "]}" : "\n]}");
    }
    chunk.append("\n]\n}\n");
    if (out->write(chunk) != chunk.size())
        return WriteResult::failure(out->errorString());
    if (control)
        control->setProgress(1000, 1000, {});
    return WriteResult::success();
}
