#include "transaction.h"

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    m_active = m_db.transaction();
}

Transaction::~Transaction()
{
    if (m_active)
        m_db.rollback();
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    if (!m_db.commit()) {
        m_db.rollback();
        m_active = false;
        return false;
    }
    m_active = false;
    return true;
}

void Transaction::rollback()
{
    if (m_active)
        m_db.rollback();
    m_active = false;
}
