extension StakeholderCategory {
    /// The sector's name as a heading: "Gezin en familie".
    func heading(_ texts: MessageTable) -> String {
        let name = texts(self.name)
        return name.prefix(1).uppercased() + name.dropFirst()
    }
}
