#include "certificationfilterproxy.h"

#include "certificationsmodel.h"

CertificationFilterProxy::CertificationFilterProxy(CertificationsModel *model, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_model(model)
{
    setSourceModel(model);
    setSortRole(CertificationsModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void CertificationFilterProxy::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void CertificationFilterProxy::setStatus(int status)
{
    m_status = status;
    invalidateFilter();
}

void CertificationFilterProxy::rankBy(RoiCalculator::RankBy by)
{
    switch (by) {
    case RoiCalculator::RankBy::Npv:
        sort(CertificationsModel::Npv, Qt::DescendingOrder);
        break;
    case RoiCalculator::RankBy::Roi:
        sort(CertificationsModel::Roi, Qt::DescendingOrder);
        break;
    case RoiCalculator::RankBy::Payback:
        sort(CertificationsModel::Payback, Qt::AscendingOrder);
        break;
    }
}

bool CertificationFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const Certification &c = m_model->certification(sourceRow);
    if (m_status >= 0 && int(c.effectiveStatus(m_model->today())) != m_status)
        return false;
    if (m_text.isEmpty())
        return true;
    return c.name.contains(m_text, Qt::CaseInsensitive)
        || c.issuer.contains(m_text, Qt::CaseInsensitive);
}

bool CertificationFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const RoiCalculator::Result &a = m_model->result(left.row());
    const RoiCalculator::Result &b = m_model->result(right.row());
    switch (left.column()) {
    case CertificationsModel::Npv:
        return RoiCalculator::ranksBefore(b, a, RoiCalculator::RankBy::Npv);
    case CertificationsModel::Roi:
        return RoiCalculator::ranksBefore(b, a, RoiCalculator::RankBy::Roi);
    case CertificationsModel::Payback:
        return RoiCalculator::ranksBefore(a, b, RoiCalculator::RankBy::Payback);
    default:
        return QSortFilterProxyModel::lessThan(left, right);
    }
}
