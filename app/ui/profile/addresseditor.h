#pragma once

#include "domain/postaladdress.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QUndoStack;
class ResumeStore;

// The profile's postal address (JSON Resume basics.location: address, postal code, city,
// region, country code), which a JSON Resume import fills and its export writes. Each field is
// saved (an undo command) when the user leaves it; a wrong country code is said beside it.
class AddressEditor : public QWidget
{
    Q_OBJECT
public:
    AddressEditor(ResumeStore *store, QUndoStack *undoStack, QWidget *parent = nullptr);

    void reload();

private:
    void commit();
    PostalAddress edited() const;

    ResumeStore *m_store;
    QUndoStack *m_undoStack;
    PostalAddress m_address;
    bool m_loading = false;
    QLineEdit *m_street;
    QLineEdit *m_postalCode;
    QLineEdit *m_city;
    QLineEdit *m_region;
    QLineEdit *m_countryCode;
    QLabel *m_countryCodeError;
};
