#include "interviewcsvimport.h"

#include "db/interviewformatrepository.h"
#include "db/interviewsessionrepository.h"
#include "db/interviewsessionwriter.h"
#include "db/transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("InterviewCsvImport", text);
}
constexpr int ProgressEvery = 500;
} // namespace

InterviewCsvImport::InterviewCsvImport(QSqlDatabase db)
    : m_db(std::move(db))
{ }

std::optional<InterviewCsvImport::Preview> InterviewCsvImport::preview(const QByteArray &bytes,
                                                                       QString *error) const
{
    const auto formats = InterviewFormatRepository(m_db).keys(error);
    if (!formats)
        return std::nullopt;
    CsvReader::Error csvError;
    auto parsed = InterviewCsv::read(bytes, *formats, &csvError);
    if (!parsed) {
        if (error)
            *error = csvError.message();
        return std::nullopt;
    }
    auto identities = InterviewSessionRepository(m_db).identities(error);
    if (!identities)
        return std::nullopt;
    Preview p;
    p.parsed = std::move(*parsed);
    p.existingIds.reserve(p.parsed.rows.size());
    // A row repeated in the file updates the session an earlier row added (id -1 stands for
    // "added by this import" until it is written).
    QHash<QString, qint64> &known = *identities;
    for (const InterviewCsv::Row &row : std::as_const(p.parsed.rows)) {
        const QString key = InterviewSessionRepository::identityKey(row.session);
        const qint64 id = known.value(key, 0);
        p.existingIds << (id > 0 ? id : 0);
        if (id != 0) {
            ++p.updateCount;
        } else {
            ++p.newCount;
            known.insert(key, -1);
        }
    }
    return p;
}

bool InterviewCsvImport::apply(const Preview &preview, const Progress &progress, QString *error)
{
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        if (error)
            *error = tr("The import cannot start a transaction.");
        return false;
    }
    InterviewSessionWriter writer(m_db);
    QHash<QString, qint64> added; // sessions this import added, for rows repeated in the file
    const auto &rows = preview.parsed.rows;
    const int total = int(rows.size());
    for (int i = 0; i < total; ++i) {
        if (progress && i % ProgressEvery == 0 && !progress(i, total)) {
            if (error)
                *error = tr("The import was cancelled; nothing was changed.");
            return false;
        }
        InterviewSession s = rows.at(i).session;
        qint64 id = preview.existingIds.at(i);
        const QString key = InterviewSessionRepository::identityKey(s);
        if (id == 0)
            id = added.value(key, 0);
        QString inner;
        bool ok;
        if (id > 0) {
            s.id = id;
            ok = writer.update(s, &inner);
        } else {
            const qint64 newId = writer.insert(s, &inner);
            ok = newId != 0;
            added.insert(key, newId);
        }
        if (!ok) {
            if (error)
                *error = tr("line %1: %2").arg(rows.at(i).line).arg(inner);
            return false;
        }
    }
    QString inner;
    if (!writer.finish(&inner) || !transaction.commit()) {
        if (error)
            *error = inner.isEmpty() ? tr("The import could not be saved.") : inner;
        return false;
    }
    if (progress)
        progress(total, total);
    return true;
}

bool InterviewCsvImport::importFile(const QString &filePath, const Progress &progress,
                                    Preview *summary, QString *error)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("%1 cannot be read: %2").arg(filePath, file.errorString());
        return false;
    }
    if (file.size() > CsvReader::Limits().maxBytes) {
        if (error)
            *error = tr("line 1, column 1: the file is too large to import.");
        return false;
    }
    const auto p = preview(file.readAll(), error);
    if (!p || !apply(*p, progress, error))
        return false;
    if (summary)
        *summary = *p;
    return true;
}

int InterviewCsvImport::exportFile(QSqlDatabase db, const QString &filePath, QString *error)
{
    const auto sessions = InterviewSessionRepository(db).all(error);
    if (!sessions)
        return -1;
    // Oldest first reads naturally in a spreadsheet.
    QList<InterviewSession> ordered(sessions->crbegin(), sessions->crend());
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly) || file.write(InterviewCsv::write(ordered)) < 0
        || !file.commit()) {
        if (error)
            *error = tr("%1 cannot be written: %2").arg(filePath, file.errorString());
        return -1;
    }
    return int(ordered.size());
}
