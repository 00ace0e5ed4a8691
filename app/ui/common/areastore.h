#pragma once

#include "changenotifier.h"
#include "db/writeresult.h"
#include "workbenchcontext.h"

#include <QObject>
#include <QSqlDatabase>

// The base of every area's store: the one place an area's edits are written. Each write()
// runs in ONE transaction, returns a WriteResult the caller must look at, and on success tells
// every page what changed through the ChangeNotifier, with this store as the origin (pages
// that own the store skip that notice: they have applied the change already). On failure
// nothing is written, lastError() says why and failed() carries the message for the user.
//
// Stores read through repositories (core/db) and are written to by undo commands only
// (StoreCommand); models and pages read from them.
class AreaStore : public QObject
{
    Q_OBJECT
public:
    explicit AreaStore(const WorkbenchContext &context, QObject *parent = nullptr);

    const WorkbenchContext &context() const { return m_context; }
    QSqlDatabase connection() const;
    QString lastError() const { return m_lastError; }

signals:
    // A write was refused; MESSAGE says what was not saved and why (nothing changed).
    void failed(const QString &message);

protected:
    // Runs WORK (a callable returning WriteResult) in one transaction. WHAT names the change
    // for the user ("The certification could not be saved"); the reason is appended.
    template<typename Work>
    WriteResult write(ChangeNotifier::Areas areas, const QString &what, Work &&work)
    {
        if (!begin())
            return finish(WriteResult::failure(QString()), false, areas, what);
        WriteResult result = work();
        return finish(std::move(result), true, areas, what);
    }
    // Records a failure of a read the caller depends on (and emits failed()).
    void reportFailure(const QString &message);

private:
    bool begin();
    WriteResult finish(WriteResult result, bool began, ChangeNotifier::Areas areas,
                       const QString &what);

    WorkbenchContext m_context;
    QString m_lastError;
};
