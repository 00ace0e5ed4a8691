#pragma once

#include "domain/profilelink.h"
#include "entrylisteditor.h"

class QComboBox;
class QLineEdit;

// The profile's links (GitHub, LinkedIn, a blog ...): site, user name and web address, in the
// order the resume shows them.
class LinksEditor : public EntryListEditor
{
    Q_OBJECT
public:
    LinksEditor(ResumeStore *store, QUndoStack *undoStack, QWidget *parent = nullptr);

    const QList<ProfileLink> &entries() const { return m_entries; }

protected:
    bool read() override;
    QStringList labels() const override;
    void showEntry(int row) override;
    WriteResult addEntry() override;
    WriteResult removeEntry(int row) override;
    WriteResult moveEntries(const QList<int> &order) override;

private:
    void commit();
    WriteResult push(const QString &text, const QList<ProfileLink> &after);

    QList<ProfileLink> m_entries;
    QComboBox *m_network;
    QLineEdit *m_username;
    QLineEdit *m_url;
};
