#include "certificationfilterproxy.h"

#include "certificationsmodel.h"

#include <utility>

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
    const int column = left.column();
    if (column != CertificationsModel::Npv && column != CertificationsModel::Roi
        && column != CertificationsModel::Payback)
        return QSortFilterProxyModel::lessThan(left, right);
    const RoiCalculator::Result &a = m_model->result(left.row());
    const RoiCalculator::Result &b = m_model->result(right.row());
    // A row without a figure in this column (refused, or never paying back) stays at the
    // bottom whichever way the column is sorted, as a blank cell does in a spreadsheet.
    auto unranked = [column](const RoiCalculator::Result &r) {
        return !r.isValid() || (column == CertificationsModel::Payback && r.noPayback);
    };
    const bool ascending = sortOrder() == Qt::AscendingOrder;
    const bool leftUnranked = unranked(a);
    if (leftUnranked != unranked(b))
        return ascending ? !leftUnranked : leftUnranked;
    if (leftUnranked) {
        // Among themselves the same way in both directions: refused ones last, then by NPV.
        const auto key = [](const RoiCalculator::Result &r) {
            return std::pair {r.isValid() ? 0 : 1, r.isValid() ? -r.npv : 0.0};
        };
        return ascending ? key(a) < key(b) : key(b) < key(a);
    }
    switch (column) {
    case CertificationsModel::Npv:
        return RoiCalculator::ranksBefore(b, a, RoiCalculator::RankBy::Npv);
    case CertificationsModel::Roi:
        return RoiCalculator::ranksBefore(b, a, RoiCalculator::RankBy::Roi);
    default:
        return RoiCalculator::ranksBefore(a, b, RoiCalculator::RankBy::Payback);
    }
}

int CertificationFilterProxy::rankColumn(RoiCalculator::RankBy by)
{
    switch (by) {
    case RoiCalculator::RankBy::Npv:
        return CertificationsModel::Npv;
    case RoiCalculator::RankBy::Roi:
        return CertificationsModel::Roi;
    case RoiCalculator::RankBy::Payback:
        return CertificationsModel::Payback;
    }
    return CertificationsModel::Npv;
}

Qt::SortOrder CertificationFilterProxy::rankOrder(RoiCalculator::RankBy by)
{
    return by == RoiCalculator::RankBy::Payback ? Qt::AscendingOrder : Qt::DescendingOrder;
}
