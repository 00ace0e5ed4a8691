#pragma once

#include "domain/languageentry.h"
#include "entrylisteditorfor.h"

class QComboBox;
class QLineEdit;

// The languages the user speaks and how well, in the order the user drags them into.
class LanguagesEditor : public EntryListEditorFor<LanguageEntry>
{
    Q_OBJECT
public:
    LanguagesEditor(ResumeStore *store, QUndoStack *undoStack, QWidget *parent = nullptr);

protected:
    QStringList labels() const override;
    void showEntry(int row) override;
    LanguageEntry fromForm(int row) const override;
    LanguageEntry newEntry() const override;
    QLineEdit *firstField() const override;
    QString addText() const override;
    QString editText(const LanguageEntry &e) const override;
    QString removeText(const LanguageEntry &e) const override;
    QString reorderText() const override;

private:
    QLineEdit *m_language;
    QComboBox *m_fluency;
};
