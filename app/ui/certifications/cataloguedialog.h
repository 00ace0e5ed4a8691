#pragma once

#include "io/certificationcatalogue.h"

#include <QDialog>
#include <QList>
#include <QStringList>

class QPushButton;
class QTreeWidget;

// "Add from Catalogue": the built-in certifications with their estimated costs and hours, and
// the date the estimates were written down. Entries already in the user's list are shown but
// cannot be added again, so the catalogue never stands in for the user's own values.
class CatalogueDialog : public QDialog
{
    Q_OBJECT
public:
    CatalogueDialog(const CertificationCatalogue &catalogue, const QStringList &existingKeys,
                    QWidget *parent = nullptr);

    // The entries the user ticked, in catalogue order.
    QList<CertificationCatalogue::Entry> selectedEntries() const;

private:
    void updateButton();

    CertificationCatalogue m_catalogue;
    QTreeWidget *m_list;
    QPushButton *m_add;
};
