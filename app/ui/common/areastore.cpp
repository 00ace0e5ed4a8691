#include "areastore.h"

#include "db/database.h"

#include <QSqlError>

AreaStore::AreaStore(const WorkbenchContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{ }

QSqlDatabase AreaStore::connection() const
{
    return m_context.database ? m_context.database->connection() : QSqlDatabase();
}

bool AreaStore::begin()
{
    return connection().transaction();
}

WriteResult AreaStore::finish(WriteResult result, bool began, ChangeNotifier::Areas areas,
                              const QString &what)
{
    QSqlDatabase db = connection();
    if (result.ok() && !db.commit())
        result = WriteResult::failure(db.lastError().text());
    if (!result.ok()) {
        // Only our own transaction is rolled back: one that could not begin was never ours.
        if (began && db.isOpen())
            db.rollback();
        QString reason = result.error();
        if (reason.isEmpty())
            reason = db.lastError().text();
        if (reason.isEmpty())
            reason = tr("the database refused the change");
        m_lastError = reason;
        //: %1 says what was not saved, %2 why
        const QString message = tr("%1: %2").arg(what, reason);
        emit failed(message);
        return WriteResult::failure(message);
    }
    m_lastError.clear();
    if (m_context.notifier)
        m_context.notifier->notify(areas, this);
    return result;
}

void AreaStore::reportFailure(const QString &message)
{
    m_lastError = message;
    emit failed(message);
}
