import { defineLink } from "@medusajs/framework/utils"
import FairModule from "../modules/fair"
import ProducerModule from "../modules/producer"

// A fair's exhibitors, in catalogue order, each at a booth.
export default defineLink(
  { linkable: FairModule.linkable.fair, isList: true },
  { linkable: ProducerModule.linkable.producer, isList: true },
  {
    database: {
      extraColumns: {
        booth: { type: "text", nullable: true },
        position: { type: "integer", defaultValue: "0" },
      },
    },
  }
)
