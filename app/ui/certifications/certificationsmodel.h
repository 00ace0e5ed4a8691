#pragma once

#include "calc/roicalculator.h"
#include "db/certificationrepository.h"
#include "domain/certification.h"
#include "domain/roiassumptions.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QIcon>
#include <QList>

class CertificationStore;

// The user's certifications with their ROI, one row each. Reads through
// CertificationRepository; never writes. Writes go through CertificationStore (from undo
// commands), whose certificationChanged() makes the model re-read that row.
class CertificationsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Name,
        Issuer,
        Status,
        TotalCost,
        Study, // logged of planned hours, drawn as a progress bar
        ExamDate,
        Expiry,
        Roi,
        Payback,
        Npv,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        SortRole, // a raw value to sort by
        StatusRole, // the effective status as int
        ProgressRole, // logged / planned hours, 0..1 (unset without a plan)
    };

    explicit CertificationsModel(CertificationStore *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Reads everything again (certifications, profile money, ROI assumptions); false (the rows
    // kept, the store's failed() emitted, lastError() says why) when they cannot be read.
    // Without an open workbench there is nothing to read: the list is empty.
    bool reload();
    // The date "expired" and the calendar are judged against (tests pin it).
    void setToday(const QDate &today);
    QDate today() const { return m_today; }

    const Certification &certification(int row) const { return m_rows.at(row).cert; }
    const RoiCalculator::Result &result(int row) const { return m_rows.at(row).result; }
    QList<Certification> certifications() const;
    int rowOf(qint64 id) const;
    // The currency a certification's money is in: its override or the profile's.
    QString currencyOf(const Certification &c) const;
    // True when C's figures add amounts in two currencies without converting: costs in its
    // own currency, but a time cost (the value of a study hour is in the profile's currency)
    // or an uplift given as a share of the salary. Such rows are flagged, never hidden.
    bool mixesCurrencies(const Certification &c, const RoiCalculator::Result &r) const;
    bool mixesCurrencies(int row) const;
    // Says that figures in CURRENCY add the profile's currency without converting.
    QString mixedCurrencyNote(const QString &currency) const;
    int mixedCurrencyCount() const;
    CertificationRepository::ProfileMoney profileMoney() const { return m_profile; }
    RoiAssumptions assumptions() const { return m_assumptions; }
    // ROI inputs for C under the stored assumptions (the editor varies tax and horizon).
    RoiCalculator::Inputs inputsFor(const Certification &c) const;
    QString lastError() const { return m_lastError; }
    CertificationStore *store() const { return m_store; }

private:
    struct Row
    {
        Certification cert;
        RoiCalculator::Result result;
        bool mixedCurrency = false;
    };

    Row makeRow(const Certification &c) const;
    bool refreshRow(qint64 id);

    CertificationStore *m_store;
    QList<Row> m_rows;
    CertificationRepository::ProfileMoney m_profile;
    RoiAssumptions m_assumptions;
    QDate m_today;
    QString m_lastError;
    mutable QIcon m_warningIcon; // the mark for mixed currencies, made on first use
};
