#pragma once

#include "domain/profile.h"

#include <QWidget>

class PlainTextField;
class QLabel;
class QLineEdit;
class QUndoStack;
class ResumeStore;

// The resume's header: name, headline, email, phone, location, website and summary. Each
// field is saved (an undo command) when the user leaves it; problems show beside the field.
class ContactEditor : public QWidget
{
    Q_OBJECT
public:
    ContactEditor(ResumeStore *store, QUndoStack *undoStack, QWidget *parent = nullptr);

    void reload();

private:
    void commit();

    ResumeStore *m_store;
    QUndoStack *m_undoStack;
    Profile m_profile;
    bool m_loading = false;
    QLineEdit *m_name;
    QLineEdit *m_headline;
    QLineEdit *m_email;
    QLabel *m_emailError;
    QLineEdit *m_phone;
    QLineEdit *m_location;
    QLineEdit *m_website;
    PlainTextField *m_summary;
};
