#pragma once

#include "domain/languageentry.h"
#include "entrylisteditor.h"

class QComboBox;
class QLineEdit;

// The languages the user speaks and how well, in the order the user drags them into.
class LanguagesEditor : public EntryListEditor
{
    Q_OBJECT
public:
    LanguagesEditor(ResumeStore *store, QUndoStack *undoStack, QWidget *parent = nullptr);

    const QList<LanguageEntry> &entries() const { return m_entries; }

protected:
    bool read() override;
    QStringList labels() const override;
    void showEntry(int row) override;
    WriteResult addEntry() override;
    WriteResult removeEntry(int row) override;
    WriteResult moveEntries(const QList<int> &order) override;

private:
    void commit();

    QList<LanguageEntry> m_entries;
    QLineEdit *m_language;
    QComboBox *m_fluency;
};
