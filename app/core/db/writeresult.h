#pragma once

#include <QMetaType>
#include <QString>
#include <QtGlobal>

// The outcome of a write: success (with the id of a new row, when there is one) or the reason
// it failed. [[nodiscard]]: a caller cannot drop a failure by accident; it must look at it or
// say (with a cast to void) that it does not care.
class [[nodiscard]] WriteResult
{
public:
    WriteResult() = default; // success
    static WriteResult success(qint64 id = 0) { return WriteResult(true, id, {}); }
    static WriteResult failure(const QString &message) { return WriteResult(false, 0, message); }
    // Adapts the older `bool f(..., QString *error)` style.
    static WriteResult check(bool ok, const QString &error)
    {
        return ok ? success() : failure(error);
    }

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    // The id of the row the write created (0 when it created none).
    qint64 id() const { return m_id; }
    // Why the write failed (empty on success).
    QString error() const { return m_error; }

private:
    WriteResult(bool ok, qint64 id, QString error)
        : m_ok(ok)
        , m_id(id)
        , m_error(std::move(error))
    { }

    bool m_ok = true;
    qint64 m_id = 0;
    QString m_error;
};

Q_DECLARE_METATYPE(WriteResult)
