#pragma once

#include "data/conflictstore.h"

#include <QAbstractListModel>
#include <QAbstractTableModel>
#include <QJsonObject>
#include <QSqlDatabase>

namespace caravan::models {

// The conflicts waiting for the seller (open, or resolved here and on their way to the server).
class ConflictListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1, StateRole };

    explicit ConflictListModel(QSqlDatabase db, QObject *parent = nullptr);
    void reload();
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] data::ConflictRecord conflictAt(int row) const { return m_conflicts.value(row); }

private:
    data::ConflictStore m_store;
    QVector<data::ConflictRecord> m_conflicts;
};

// One conflict field by field: the value at the last sync, this device's, the server's, and the value
// the seller chooses (either side, or an edited merge). Nothing is chosen until the seller decides.
class ConflictFieldsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Field, Base, ThisDevice, Server, Chosen, ColumnCount };
    enum class Side { ThisDevice, Server };

    explicit ConflictFieldsModel(QObject *parent = nullptr);

    void setConflict(const data::ConflictRecord &conflict);
    [[nodiscard]] const data::ConflictRecord &conflict() const { return m_conflict; }
    void choose(int row, Side side);
    void chooseAll(Side side);
    // Every field has a chosen value.
    [[nodiscard]] bool complete() const;
    [[nodiscard]] QJsonObject chosenValues() const { return m_chosen; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    // A field value as text for the seller (lists joined, objects as compact JSON, empty as a dash).
    [[nodiscard]] static QString display(const QJsonValue &value);
    // The seller's edited text as a value of the same JSON type as `like`.
    [[nodiscard]] static QJsonValue parse(const QString &text, const QJsonValue &like);

signals:
    void completeChanged(bool complete);

private:
    data::ConflictRecord m_conflict;
    QJsonObject m_chosen;
};

} // namespace caravan::models
