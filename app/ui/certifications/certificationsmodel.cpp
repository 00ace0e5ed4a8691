#include "certificationsmodel.h"

#include "calc/certificationcalendar.h"
#include "calc/money.h"
#include "certificationstore.h"
#include "domain/certificationtext.h"
#include "domain/hourstext.h"

#include <QApplication>
#include <QFont>
#include <QSqlError>
#include <QStyle>

#include <limits>

using namespace Qt::StringLiterals;

CertificationsModel::CertificationsModel(CertificationStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_today(QDate::currentDate())
{
    connect(m_store, &CertificationStore::certificationChanged, this,
            &CertificationsModel::refreshRow);
}

int CertificationsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CertificationsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CertificationsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    // Views ask for many roles per cell (a header sized to its contents asks for every row):
    // answer the ones not used here before any work.
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Qt::TextAlignmentRole:
    case Qt::FontRole:
    case Qt::DecorationRole:
    case IdRole:
    case SortRole:
    case StatusRole:
    case ProgressRole:
        break;
    default:
        return {};
    }
    const Row &row = m_rows.at(index.row());
    const Certification &c = row.cert;
    const RoiCalculator::Result &r = row.result;
    const bool mixed = row.mixedCurrency;
    if (role == Qt::DecorationRole) {
        if (index.column() != Roi || !mixed)
            return {};
        if (m_warningIcon.isNull())
            m_warningIcon = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return m_warningIcon;
    }
    const QLocale locale;
    const QString currency = currencyOf(c);
    const Certification::Status status = c.effectiveStatus(m_today);

    if (role == IdRole)
        return c.id;
    if (role == StatusRole)
        return int(status);
    if (role == ProgressRole) {
        if (c.plannedHours <= 0)
            return {};
        return qBound(0.0, c.loggedHours / c.plannedHours, 1.0);
    }
    if (role == Qt::FontRole && index.column() == Status && status != c.status) {
        // Shown as expired by date, not stored so: set apart from a status the user chose.
        QFont italic;
        italic.setItalic(true);
        return italic;
    }
    if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case TotalCost:
        case Roi:
        case Payback:
        case Npv:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        }
    }
    if (role == SortRole) {
        switch (index.column()) {
        case Name:
            return c.name;
        case Issuer:
            return c.issuer;
        case Status:
            return int(status);
        case TotalCost:
            return r.totalCost;
        case Study:
            return c.plannedHours > 0 ? c.loggedHours / c.plannedHours : c.loggedHours;
        case ExamDate:
            return c.examOn.isValid() ? c.examOn.toJulianDay() : std::numeric_limits<qint64>::max();
        case Expiry:
            return c.expiresOn.isValid() ? c.expiresOn.toJulianDay()
                                         : std::numeric_limits<qint64>::max();
        case Roi:
            // Free ranks above any ratio; the proxy ranks these columns itself.
            return r.free ? std::numeric_limits<double>::max() : r.roiPercent.value_or(0);
        case Payback:
            return r.paybackMonths.value_or(std::numeric_limits<double>::max());
        case Npv:
            return r.npv;
        }
        return {};
    }
    if (role == Qt::ToolTipRole && mixed
        && (index.column() == Roi || index.column() == Payback || index.column() == Npv))
        return mixedCurrencyNote(currency);
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Name:
            return c.issuer.isEmpty() ? c.name : tr("%1\n%2").arg(c.name, c.issuer);
        case Status:
            if (status != c.status)
                return tr("Earned, but the expiry date %1 has passed")
                    .arg(CertificationText::date(c.expiresOn, locale));
            return {};
        case Roi:
        case Payback:
            return r.isValid() ? QVariant() : QVariant(CertificationText::refusal(r.refusal));
        case TotalCost:
            if (!r.isValid())
                return CertificationText::refusal(r.refusal);
            return tr("Exam, materials and other: %1\nRenewals inside the horizon (%2): %3\n"
                      "Time cost (%4 at %5 an hour): %6%7")
                .arg(Money::format(r.cashCost, currency, locale))
                .arg(r.renewals)
                .arg(Money::format(r.renewalCost, currency, locale),
                     HoursText::abbreviated(r.studyHours, locale),
                     Money::format(inputsFor(c).hourlyValue, m_profile.currency, locale),
                     Money::format(r.timeCost, m_profile.currency, locale),
                     mixed ? u"\n\n"_s + mixedCurrencyNote(currency) : QString());
        case Study:
            return tr("%1 logged of %2 planned")
                .arg(HoursText::abbreviated(c.loggedHours, locale),
                     HoursText::abbreviated(c.plannedHours, locale));
        case Npv:
            if (!r.isValid())
                return CertificationText::refusal(r.refusal);
            return tr("Net present value over %1 at a %2 % discount rate")
                .arg(CertificationText::years(m_assumptions.horizonYears, locale),
                     locale.toString(m_assumptions.discountRate * 100, 'f', 1));
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return c.name;
    case Issuer:
        return c.issuer;
    case Status:
        return Certification::statusName(status);
    case TotalCost:
        if (!r.isValid())
            return QString();
        if (r.free)
            return tr("free");
        if (mixed && r.timeCost > 0)
            //: money in two currencies that are not converted, e.g. "$400 + 3.200 €"
            return tr("%1 + %2").arg(Money::format(r.cashCost + r.renewalCost, currency, locale, 0),
                                     Money::format(r.timeCost, m_profile.currency, locale, 0));
        return Money::format(r.totalCost, currency, locale, 0);
    case Study:
        //: logged of planned study hours, e.g. "45 / 90 h"
        return tr("%1 / %2").arg(HoursText::number(c.loggedHours, locale),
                                 HoursText::abbreviated(c.plannedHours, locale));
    case ExamDate:
        return CertificationText::date(c.examOn, locale);
    case Expiry:
        return CertificationText::date(c.expiresOn, locale);
    case Roi:
        // A short reason in the cell keeps the column narrow; the tooltip has the whole text.
        return r.isValid() ? CertificationText::roi(r, locale)
                           : CertificationText::refusalShort(r.refusal);
    case Payback:
        // Without a result the ROI cell already says what is missing.
        return r.isValid() ? CertificationText::payback(r, locale) : QString();
    case Npv:
        return r.isValid() ? Money::format(r.npv, currency, locale, 0) : QString();
    }
    return {};
}

QVariant CertificationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case TotalCost:
            return tr("Exam, materials, other costs, renewals inside the horizon and the value of "
                      "the study time");
        case Roi:
            return tr("Return over the horizon: (benefit after tax x years - total cost) / total "
                      "cost");
        case Payback:
            return tr("Months until the benefit after tax has covered the total cost");
        case Npv:
            return tr("Benefit after tax, discounted a year at a time, minus the total cost");
        case Study:
            return tr("Hours logged of the hours planned");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Issuer:
        return tr("Issuer");
    case Status:
        return tr("Status");
    case TotalCost:
        return tr("Total cost");
    case Study:
        return tr("Study");
    case ExamDate:
        return tr("Exam");
    case Expiry:
        return tr("Expires");
    case Roi:
        return tr("ROI");
    case Payback:
        return tr("Payback");
    case Npv:
        return tr("NPV");
    }
    return {};
}

bool CertificationsModel::reload()
{
    if (!m_store->connection().isOpen()) {
        beginResetModel();
        m_rows.clear();
        endResetModel();
        return true;
    }
    CertificationRepository repo(m_store->connection());
    QString error;
    const auto profile = repo.profileMoney(&error);
    const auto assumptions = profile ? repo.roiAssumptions(&error) : std::nullopt;
    const auto all = assumptions ? repo.all(&error) : std::nullopt;
    if (!all) {
        // Not read is not empty: keep the rows shown and say why they are not up to date.
        m_lastError = error;
        emit m_store->failed(tr("The certifications cannot be read: %1").arg(error));
        return false;
    }
    m_lastError.clear();
    beginResetModel();
    m_profile = *profile;
    m_assumptions = *assumptions;
    m_rows.clear();
    for (const Certification &c : *all)
        m_rows.append(makeRow(c));
    endResetModel();
    return true;
}

void CertificationsModel::setToday(const QDate &today)
{
    m_today = today;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QList<Certification> CertificationsModel::certifications() const
{
    QList<Certification> out;
    out.reserve(m_rows.size());
    for (const Row &r : m_rows)
        out.append(r.cert);
    return out;
}

int CertificationsModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).cert.id == id)
            return i;
    }
    return -1;
}

QString CertificationsModel::currencyOf(const Certification &c) const
{
    return c.currency.isEmpty() ? m_profile.currency : c.currency;
}

bool CertificationsModel::mixesCurrencies(const Certification &c,
                                          const RoiCalculator::Result &r) const
{
    if (currencyOf(c) == m_profile.currency)
        return false;
    return r.timeCost > 0 || (c.upliftPercent && !c.upliftAmount);
}

QString CertificationsModel::mixedCurrencyNote(const QString &currency) const
{
    return tr("Costs are in %1, your salary and the value of a study hour in %2: these figures "
              "add both without converting. Enter the costs in %2 for a true comparison.")
        .arg(currency, m_profile.currency);
}

bool CertificationsModel::mixesCurrencies(int row) const
{
    return m_rows.at(row).mixedCurrency;
}

int CertificationsModel::mixedCurrencyCount() const
{
    int n = 0;
    for (const Row &r : m_rows)
        n += r.mixedCurrency ? 1 : 0;
    return n;
}

RoiCalculator::Inputs CertificationsModel::inputsFor(const Certification &c) const
{
    RoiCalculator::Inputs in;
    in.examCost = c.examCost;
    in.materialsCost = c.materialsCost;
    in.otherCost = c.otherCost;
    in.renewalCost = c.renewalCost;
    in.renewalPeriodMonths = c.renewalPeriodMonths;
    in.plannedHours = c.plannedHours;
    in.loggedHours = c.loggedHours;
    in.hourlyValue = m_assumptions.effectiveHourlyValue(m_profile.currentSalary);
    in.upliftAmount = c.upliftAmount;
    in.upliftPercent = c.upliftPercent;
    in.currentSalary = m_profile.currentSalary;
    in.taxRate = m_assumptions.taxRate;
    in.discountRate = m_assumptions.discountRate;
    in.horizonYears = m_assumptions.horizonYears;
    CertificationCalendar::applyRoiTiming(c, m_today, &in);
    return in;
}

CertificationsModel::Row CertificationsModel::makeRow(const Certification &c) const
{
    Row row {c, RoiCalculator::calculate(inputsFor(c)), false};
    row.mixedCurrency = mixesCurrencies(row.cert, row.result);
    return row;
}

bool CertificationsModel::refreshRow(qint64 id)
{
    CertificationRepository repo(m_store->connection());
    QString error;
    const auto fresh = repo.find(id, &error);
    if (!error.isEmpty()) {
        // Not read is not gone: keep the row as it was and say why it is not up to date.
        emit m_store->failed(tr("The certification cannot be read: %1").arg(error));
        return false;
    }
    const int at = rowOf(id);
    if (!fresh) {
        if (at >= 0) {
            beginRemoveRows({}, at, at);
            m_rows.removeAt(at);
            endRemoveRows();
        }
        return false;
    }
    if (at < 0) {
        beginInsertRows({}, rowCount(), rowCount());
        m_rows.append(makeRow(*fresh));
        endInsertRows();
    } else {
        m_rows[at] = makeRow(*fresh);
        emit dataChanged(index(at, 0), index(at, ColumnCount - 1));
    }
    return true;
}
